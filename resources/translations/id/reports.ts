<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>CallbackSwitch</name>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>wadesk cannot receive delivery reports on port %1: another program is using it, or this computer does not allow it. Choose another callback port in Preferences.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 failed again; the gateway's words are in the messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 failed messages sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages marked as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting; done about %2 (at the latest %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting; they go out now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages will be sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 · started %2 · from %3 · pace: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>All messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancel campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancelled: nothing more is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancelled: the messages not sent yet will not be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Delivery funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Everything has been sent; delivery reports may still arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Mark as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Messages not sent yet are not sent; what went out stays as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Messages to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>No campaign selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>No campaigns yet. A message sent to several people at once appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Nothing sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Nothing to retry: no message of this campaign certainly failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Paused with %1 messages waiting. Resume to send them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Paused: what is under way finishes, nothing more goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Retry failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Retry failed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Send again, once, only the messages that certainly did not arrive (not those to check)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Sending goes on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Show messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>The campaigns could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>The last messages are being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>They did arrive: nothing is sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>To check (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Why it is in doubt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>wadesk cannot tell whether these reached the gateway. Check on the phone or ask the customer, then send them again or mark them as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>wadesk sends the selected messages once more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DailyOverview</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>By device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Messages per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Messages per day, last %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>No messages in the last %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Show the days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Stack each day's bar by where the messages stand, or by the device that sent them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>The counts could not be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveNews</name>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>, %1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>, %1 to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>Campaign finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>Messages are failing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>The gateway said: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>The last %1 messages from “%2” failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>“%1” has been sent: %2 of %3 reached the gateway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 could not cancel the message to %2: it may be on its way already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 did not take the message to %2 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 was asked to delete the message to %2 on WhatsApp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 will send the message to %2 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel at the gateway…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel this message?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Could not change it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete on WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete on WhatsApp…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete this message on WhatsApp?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>If the first one did arrive, %1 gets it twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Mark as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again from the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send this message again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway said no: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway will ask WhatsApp to delete it from the chat with %1. If they already read it, they may still remember it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway will not send the message to %1. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 is marked as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 will be sent again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageFilters</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>%1 (removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Campaign %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Dates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Failed or to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Search messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Search number, name, text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Accepted by the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>To check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessagesView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>%1 messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>%1 messages saved to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>1 message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>1 message saved to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Could not export: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Could not read the messages: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Every message you send appears here, with whether it was delivered and read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export %1 messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Mark as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No message found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No message matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No messages yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Not sure the message to %1 arrived: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Save the messages shown to an Excel or CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Saving %1 messages to %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Send again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>What can be done with the selected message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>wadesk could not tell whether the gateway got it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportStages</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>To check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Contact card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Gateway's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Last update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Ask the gateways now about messages on their way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Asked about %1 messages: %2 have news.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Asked about %1 messages: 1 has news.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Could not ask the gateways: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Last checked %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>No message is on its way: nothing to ask the gateways.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Not checked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Some gateways could not be asked. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Whether each message was delivered and read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>wadesk asks the gateways while messages are on their way, or when you press Refresh.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StackedBar</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>No messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StackedBarChart</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>%1 %2 in all; the most on %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusChips</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>+%1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>At the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>Messages per status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Chart</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>Nothing to show yet</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
