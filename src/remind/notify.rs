//! Desktop notifications over the session bus (the freedesktop
//! `org.freedesktop.Notifications` service), with Start and Later buttons.

use super::Due;
use crate::core::t;
use crate::desktop::APP_ID;
pub use crate::platform::dbus::Error;
use futures_util::StreamExt;
use std::collections::HashMap;
use std::time::Duration;
use zbus::zvariant::Value;

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const CONNECT_LIMIT: Duration = Duration::from_secs(5);
const CALL_LIMIT: Duration = Duration::from_secs(5);

/// What the person did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// "Start", or a click on the notification itself.
    Start,
    /// "Later": again in 30 minutes.
    Later,
    /// Dismissed, or gone unanswered.
    Closed,
}

/// A connection to the session bus that listens for the answers.
pub struct Notifier {
    runtime: tokio::runtime::Runtime,
    connection: zbus::Connection,
    /// `Option` only so that `drop` can end it inside the runtime.
    signals: Option<zbus::MessageStream>,
}

impl Drop for Notifier {
    fn drop(&mut self) {
        // Ending the stream removes its match rule through a runtime task.
        let _inside = self.runtime.enter();
        drop(self.signals.take());
    }
}

impl Notifier {
    /// Connects to the session bus and starts listening for the service's
    /// signals (before anything is sent, so no answer is missed).
    pub fn connect() -> Result<Notifier, Error> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let setup = async {
            let connection = zbus::connection::Builder::session()?
                .method_timeout(CALL_LIMIT)
                .build()
                .await?;
            let rule = zbus::MatchRule::builder()
                .msg_type(zbus::message::Type::Signal)
                .interface(SERVICE)?
                .path(PATH)?
                .build();
            let signals = zbus::MessageStream::for_match_rule(rule, &connection, Some(64)).await?;
            Ok::<_, zbus::Error>((connection, signals))
        };
        let (connection, signals) = runtime
            .block_on(async { tokio::time::timeout(CONNECT_LIMIT, setup).await })
            .map_err(|_| Error::Timeout(CONNECT_LIMIT))??;
        Ok(Notifier {
            runtime,
            connection,
            signals: Some(signals),
        })
    }

    /// Shows the notification for `due`; returns its id.
    pub fn announce(&mut self, due: &Due) -> Result<u32, Error> {
        let summary = t!("notify-summary", title = due.title.as_str());
        let body = t!(
            "notify-body",
            time = due.slot.time.to_string(),
            minutes = due.minutes
        );
        let (start, later) = (t!("notify-start"), t!("notify-later"));
        let actions = [
            "default",
            start.as_str(),
            "start",
            start.as_str(),
            "later",
            later.as_str(),
        ];
        let hints: HashMap<&str, Value<'_>> = HashMap::from([
            ("desktop-entry", Value::from(APP_ID)),
            ("urgency", Value::U8(1)),
            ("category", Value::from("reminder")),
        ]);
        let arguments = (
            "Posewise",
            0u32,
            APP_ID,
            summary.as_str(),
            body.as_str(),
            &actions[..],
            hints,
            -1i32,
        );
        let call =
            self.connection
                .call_method(Some(SERVICE), PATH, Some(SERVICE), "Notify", &arguments);
        let reply = self.runtime.block_on(call)?;
        Ok(reply.body().deserialize::<u32>()?)
    }

    /// Waits up to `limit` for an answer to each of `ids`, in the order
    /// they come. Notifications still open at the end are closed, and
    /// count as `Closed`.
    pub fn answers(&mut self, mut ids: Vec<u32>, limit: Duration) -> Vec<(u32, Answer)> {
        let deadline = tokio::time::Instant::now() + limit;
        let mut answers = Vec::new();
        while !ids.is_empty() {
            let Some(signals) = self.signals.as_mut() else {
                break;
            };
            let next = self
                .runtime
                .block_on(async { tokio::time::timeout_at(deadline, signals.next()).await });
            let Ok(Some(Ok(message))) = next else { break };
            let Some((id, answer)) = answer_in(&message) else {
                continue;
            };
            let Some(index) = ids.iter().position(|&pending| pending == id) else {
                continue;
            };
            let _ = ids.swap_remove(index);
            if answer != Answer::Closed {
                self.close(id);
            }
            answers.push((id, answer));
        }
        for id in ids {
            self.close(id);
            answers.push((id, Answer::Closed));
        }
        answers
    }

    fn close(&self, id: u32) {
        let arguments = (id,);
        let call = self.connection.call_method(
            Some(SERVICE),
            PATH,
            Some(SERVICE),
            "CloseNotification",
            &arguments,
        );
        let _ = self.runtime.block_on(call);
    }
}

/// The notification and answer a signal carries, if it is one.
fn answer_in(message: &zbus::Message) -> Option<(u32, Answer)> {
    let header = message.header();
    match header.member()?.as_str() {
        "ActionInvoked" => {
            let (id, action): (u32, String) = message.body().deserialize().ok()?;
            let answer = match action.as_str() {
                "start" | "default" => Answer::Start,
                "later" => Answer::Later,
                _ => return None,
            };
            Some((id, answer))
        }
        "NotificationClosed" => {
            let (id, _reason): (u32, u32) = message.body().deserialize().ok()?;
            Some((id, Answer::Closed))
        }
        _ => None,
    }
}
