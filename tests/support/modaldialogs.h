#pragma once

// Test support for widget tests: answering a modal dialog, which blocks the
// test in QDialog::exec() until it closes.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `answer` on the next modal dialog once it is up; gives up after
// about `triesLeft` × 10 ms.
inline void whenModal(std::function<void(QWidget *)> answer, int triesLeft = 500)
{
    QTimer::singleShot(10, qApp, [answer = std::move(answer), triesLeft]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            answer(modal);
            return;
        }
        if (triesLeft > 0)
            whenModal(std::move(answer), triesLeft - 1);
    });
}

// Answers the next question box with one of its standard buttons, as a
// click would.
inline void whenAsked(QMessageBox::StandardButton button)
{
    whenModal([button](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (QAbstractButton *choice = box->button(button))
                choice->click();
        }
    });
}
