#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace PortalDesk::Models {

// What went wrong, as the user can be told. The code maps to the CLI's exit
// status (see README) and lets the GUI pick the right dialog.
enum class ErrorCode {
    Failed = 1,        // anything else: I/O, the database refused
    InvalidInput = 2,  // bad usage, a file that is not a newsroom, a newer schema
    Denied = 3,
    Conflict = 4,
    NotFound = 5,
};

struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString message;  // one line, already translated
};

// A value or an Error. Errors a user can cause travel as values, never as
// exceptions or crashes.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    explicit operator bool() const { return m_value.has_value(); }
    bool ok() const { return m_value.has_value(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

    const Error &error() const { return m_error; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;

} // namespace PortalDesk::Models
