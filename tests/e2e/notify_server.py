#!/usr/bin/python3
"""A stand-in for a desktop's notification service, for the reminder tests.

It owns org.freedesktop.Notifications on the session bus, appends every
Notify call to LOG as one JSON line ({"id", "summary", "body", "actions",
"app_icon", "hints"}), and follows commands appended to COMMANDS, one per
line:
    invoke ID ACTION   emit ActionInvoked(ID, ACTION)
    close ID           emit NotificationClosed(ID, 2)
It prints "ready" once the name is owned.

Usage: notify_server.py LOG COMMANDS
"""
import json
import os
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, PATH)
        self.log = log
        self.next_id = 0

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        self.next_id += 1
        record = {
            "id": self.next_id,
            "app_name": str(app_name),
            "app_icon": str(app_icon),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
            "hints": {str(k): str(v) for k, v in hints.items()},
        }
        with open(self.log, "a") as out:
            out.write(json.dumps(record) + "\n")
        return self.next_id

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        self.NotificationClosed(notification_id, 3)

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("posewise-test", "posewise", "1", "1.2")

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass


def main():
    log, commands = sys.argv[1], sys.argv[2]
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    server = Server(bus, log)
    open(commands, "a").close()
    done = {"lines": 0}

    def follow():
        with open(commands) as source:
            lines = source.read().splitlines()
        for line in lines[done["lines"]:]:
            words = line.split()
            if words[:1] == ["invoke"]:
                server.ActionInvoked(dbus.UInt32(int(words[1])), words[2])
            elif words[:1] == ["close"]:
                server.NotificationClosed(dbus.UInt32(int(words[1])), dbus.UInt32(2))
        done["lines"] = len(lines)
        return True

    GLib.timeout_add(20, follow)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name


if __name__ == "__main__":
    main()
