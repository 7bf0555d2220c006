#pragma once

// Values passed one at a time from a producing thread to a consuming one.

#include <condition_variable>
#include <mutex>
#include <optional>

namespace PortalDesk::Models {

// The producer waits while the last value is not taken yet: besides the one
// the consumer is using, at most one waits in the slot and one more is made
// and waits to be put.
template<typename T>
class Handoff final
{
public:
    // Producer: waits until the slot is free; false when the consumer has
    // stopped, and the value is dropped.
    bool put(T value)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_slot || m_stopped; });
        if (m_stopped)
            return false;
        m_slot = std::move(value);
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Producer: nothing more will come.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    // Consumer: the next value, waiting for it; empty once the producer has
    // finished and everything is taken.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_slot || m_finished; });
        std::optional<T> value = std::move(m_slot);
        m_slot.reset();
        lock.unlock();
        m_changed.notify_all();
        return value;
    }

    // Consumer: nothing more is wanted; a waiting producer gives up.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<T> m_slot;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace PortalDesk::Models
