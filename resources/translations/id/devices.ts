<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1

Saved like this, the account cannot send messages until it is fixed. Save anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 has no public address: give the one of your gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 has no way to check the settings without sending a message: they are checked when the first message goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>API address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Account name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Add a gateway account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>An account keeps its name; add a new account to use another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Ask the gateway with these settings, without saving them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Asking the gateway…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Connected. The phone is paired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Connected. WhatsApp %1 is paired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Don't save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Edit account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Give a web address that starts with https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Give the account a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Keys and tokens are kept in your system's keyring, never in wadesk's files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Leave a key empty to keep the one saved in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Leave empty to use %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required: %1 has no public address, give the one of your gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required: https://your gateway's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Saved — leave empty to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Show or hide what you typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway accepted the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway accepted the settings. No phone is paired yet: pair one from Devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway said: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The test failed. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The test of these settings just failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>There is already an account with this name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>This</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>This address is plain HTTP: the key would cross the network to %1 unencrypted. Use https://, or tick “Allow plain HTTP” below on a network you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Too long: a name has at most %1 characters, this one has %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>e.g. Toko Maju &amp; Jaya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>“%1” cannot be in a name: use letters, digits, spaces and %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionSummary</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · %n need attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · 1 needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%1 of %2 phones connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>No accounts yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceChoice</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>This device's phone is not connected to WhatsApp: pair it again in Devices, or pick another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>or</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>%1 of %2 today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>%n days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>A new number sends a little more each day it sends without trouble.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>At most %1 messages an hour (%2 this hour), to protect the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Could not reach the gateway; check the internet connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Its messages wait in the outbox. When the phone is fine again, choose Resume sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Its own words: “What the gateway said” in the Devices menu, or right-click.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Last checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not checked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Pair the phone to send messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Resting until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Sending from this phone is paused, in the gateway's words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway answered with an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway asked to wait; sending goes on by itself, nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway asked to wait; wadesk will ask again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway did not accept the account's key; check it with Edit account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway subscription has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The last check did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The subscription ends in %n days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>This gateway does not report whether the phone is connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Waiting for scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Waiting until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>WhatsApp number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>warm-up day %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>%1 does not offer %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>%1 queued or scheduled message(s) cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” added. Next, pair its phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” removed; its history stays in the reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Add account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Add the account you use with your WhatsApp gateway, then pair your phone by scanning a QR code. Its API key is kept in your system's keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Below is the last answer of %1, in its own words, as it may help its support team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Changes to “%1” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Could not remove the account: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Disconnect the phone of “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Each account's phone and its connection to WhatsApp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Edit account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Its keys are deleted from the keyring and its queued and scheduled messages are cancelled. Its message history stays on this computer, in the reports, marked as from a removed account. The account at %1 itself is not touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>No accounts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Pair phone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Resume sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Send again from this phone: its messages were kept in the outbox while sending was paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Sending from “%1” goes on; its waiting messages go out at its pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>What the gateway said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>What the gateway said…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>WhatsApp logs this device out. To send again, pair the phone by scanning a new code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>disconnect or restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>pairing by QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” is paired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” is restarting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GatewayDetails</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>Show what the gateway itself answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GatewayWords</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 asks to wait a moment. Try again in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 did not accept the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 refused the token or key. Copy them again from your %1 dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>The gateway said: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>What happened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>wadesk could not reach %1 at this address. Check the address and the internet connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>wadesk could not send anything to %1 with these settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxSummary</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox: checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>%1 account · the phone's WhatsApp links to the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Ask the gateway for a fresh code now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Asking the gateway for a pairing code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Getting a new code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>New code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Open WhatsApp on the phone you want to send from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Pair a phone with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Pair a phone — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Plays the phone: tells the built-in simulator that this code was scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Simulate scan (demo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Simulated phone scanned the code; waiting for the gateway to confirm…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Tap Link a device and point the phone at the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Tap ⋮ Menu (Android) or Settings (iPhone), then Linked devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>The gateway did not give a pairing code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>This gateway does not tell wadesk when the phone is paired. After scanning, check that the phone lists the device under Linked devices, then close this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Try again when the problem is fixed, or close this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Waiting for the phone to scan the code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>You can send messages from this phone now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QrView</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>A new code comes in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Asking the gateway for a pairing code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Getting a new code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Open in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Open the scan page from your gateway's dashboard and scan the code shown there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Paired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Pairing QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Pairing stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Scan the code with the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>The gateway sent a pairing code that cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>The phone is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>This gateway shows the pairing code on its own web page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>WhatsApp %1 is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>wadesk notices by itself when the phone is paired</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
