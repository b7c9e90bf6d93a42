<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ChatBubble</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Nothing to show yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Preview of the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Select one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Select one or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Template “%1” stored by the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>View votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>When tapped, the list shows:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>DEMO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>You are trying wadesk on its built-in gateway simulator. Nothing is sent to WhatsApp, and everything here is forgotten when you close the window.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportProgressDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/export_progress.py" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/export_progress.py" />
            <source>Stopping leaves no file behind.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;About wadesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Import contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&lt;h3&gt;wadesk %1&lt;/h3&gt;&lt;p&gt;One desktop console for WhatsApp gateway APIs: pair phones, compose, schedule and follow delivery.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;br&gt;API keys: your system's keyring.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>About wadesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Composer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Contacts &amp; groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Delivery reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Demo — wadesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Devices</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Scheduler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Sending paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 (%2): puts %3 around the selected words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2 — %3 more needed (at least %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2 — %3 too many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Control + Command + Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Emoji: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>It needs at least %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Italic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Monospace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Pasted emoji work too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press Control, Command and Space together to open the emoji picker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press Super (the Windows key) and . together to open the emoji picker on GNOME or KDE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press the Windows key and . (full stop) together to open the emoji panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Strikethrough</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Super + .</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>This gateway states no length limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>This gateway takes at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Win + .</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Write your message…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/notice.py" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>%1. Saving keeps that file aside and writes a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Automatic (this computer's language)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Normal: 8–15 s apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>On, while the window is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Safe: 30–60 s apart, with rests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>These apply to all of wadesk, in the window and on the command line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Phone disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending from “%1” is paused: %2. Its messages wait in the outbox; resume it from Devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending from “%1” waits a while: %2. It goes on by itself; nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Show wadesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>“%1” (%2) is no longer connected to WhatsApp. Pair it again from Devices.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../../wadesk/ui/errors.py" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/errors.py" />
            <source>wadesk ran into an unexpected problem and carried on. The details are in %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>%n h ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>%n min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Unlimited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <location filename="../../../wadesk/launch.py" />
            <source>wadesk cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
