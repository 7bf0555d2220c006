#pragma once

#include "newsroomurl.h"
#include "questionpull.h"
#include "user.h"

#include <QObject>

class QThread;

namespace PortalDesk::Widgets {

// Brings the portal's new questions into the newsroom on a thread of its
// own, with its own newsroom and portal connections (a connection is used
// only by the thread that opened it), so that the desk never waits for the
// portal's server. One pull at a time; a pull asked for while one runs is
// not queued, the next timer tick brings what it would have.
class QuestionPuller final : public QObject
{
    Q_OBJECT

public:
    explicit QuestionPuller(const Models::NewsroomUrl &newsroom, QObject *parent = nullptr);
    ~QuestionPuller() override;

    // The portal database whose form table the questions come from; the
    // password, when given, instead of the environment's.
    void setPortal(const Models::NewsroomUrl &portal, const QString &password = {});
    // Pulls as `by` (whose rights the newsroom checks); false when a pull is
    // still running.
    bool pull(const Models::User &by);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // error is set when the pull could not run or stopped as a whole.
    void finished(const PortalDesk::Models::QuestionPullSummary &summary, const QString &error);

private:
    class Runner;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    bool m_running = false;
};

} // namespace PortalDesk::Widgets
