//! When the screen locks, a running session should pause: the patient has
//! walked away. Two signals say so: the screen saver's `ActiveChanged(true)`
//! on the session bus (`org.freedesktop.ScreenSaver`, or GNOME's own
//! `org.gnome.ScreenSaver`), and logind's `Lock` for this login session on
//! the system bus. Where neither exists, the stream of locks simply ends:
//! nothing happens and nothing fails.

use super::dbus::{self, debug_log};
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use std::time::Duration;
use zbus::message::Type;
use zbus::{Connection, MatchRule, Message, MessageStream};

/// A bus that does not answer within this is taken as no bus.
const CONNECT_LIMIT: Duration = Duration::from_secs(2);
const SCREEN_SAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];
const LOGIND: &str = "org.freedesktop.login1";
const LOGIND_SESSION: &str = "org.freedesktop.login1.Session";
const WHAT: &str = "cannot tell when the screen locks";

/// Where to listen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Buses {
    /// The desktop's session bus and logind on the system bus.
    Desktop,
    /// Only the screen saver on the bus at this D-Bus address (for tests).
    Address(String),
}

/// One item each time the screen locks; it ends at once where no bus or
/// service can tell.
pub fn locks(buses: Buses) -> impl Stream<Item = ()> + Send + 'static {
    stream::once(listen(buses)).flatten()
}

async fn listen(buses: Buses) -> BoxStream<'static, ()> {
    let mut sources: Vec<MessageStream> = Vec::new();
    let session = match &buses {
        Buses::Desktop => within(Connection::session()).await,
        Buses::Address(address) => within(connect_to(address)).await,
    };
    if let Some(session) = session {
        for interface in SCREEN_SAVERS {
            if let Some(source) = within(screen_saver(&session, interface)).await {
                sources.push(source);
            }
        }
    }
    if buses == Buses::Desktop
        && let Some(source) = within(logind_lock()).await
    {
        sources.push(source);
    }
    if sources.is_empty() {
        debug_log(WHAT, &"no screen saver and no logind to listen to");
        return stream::empty().boxed();
    }
    stream::select_all(sources)
        .filter_map(|message| async move { message.ok().filter(is_lock).map(drop) })
        .boxed()
}

/// `work`'s answer, or `None` (said under `POSEWISE_DEBUG`) when it fails
/// or does not come within `CONNECT_LIMIT`.
async fn within<T>(work: impl Future<Output = zbus::Result<T>>) -> Option<T> {
    dbus::within(CONNECT_LIMIT, async { Ok(work.await?) })
        .await
        .map_err(|error| debug_log(WHAT, &error))
        .ok()
}

async fn connect_to(address: &str) -> zbus::Result<Connection> {
    zbus::connection::Builder::address(address)?.build().await
}

async fn screen_saver(bus: &Connection, interface: &'static str) -> zbus::Result<MessageStream> {
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(interface)?
        .member("ActiveChanged")?
        .build();
    MessageStream::for_match_rule(rule, bus, Some(8)).await
}

/// logind's `Lock` for the login session Posewise runs in.
async fn logind_lock() -> zbus::Result<MessageStream> {
    let system = Connection::system().await?;
    let reply = system
        .call_method(
            Some(LOGIND),
            "/org/freedesktop/login1",
            Some("org.freedesktop.login1.Manager"),
            "GetSession",
            &("auto",),
        )
        .await?;
    let path: zbus::zvariant::OwnedObjectPath = reply.body().deserialize()?;
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .sender(LOGIND)?
        .path(path)?
        .interface(LOGIND_SESSION)?
        .member("Lock")?
        .build()
        .to_owned();
    MessageStream::for_match_rule(rule, &system, Some(8)).await
}

/// `ActiveChanged(true)` (the screen saver came on) or logind's `Lock`.
fn is_lock(message: &Message) -> bool {
    let header = message.header();
    match header.member().map(zbus::names::MemberName::as_str) {
        Some("ActiveChanged") => message.body().deserialize::<bool>().unwrap_or(false),
        Some("Lock") => header.interface().is_some_and(|i| i == LOGIND_SESSION),
        _ => false,
    }
}
