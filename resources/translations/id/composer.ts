<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>All sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Back to the message editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Button</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Cancel the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Choose a file to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Contact card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Each message of this send and its delivery, in Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Each time's messages are made a day before it; the Scheduler shows them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Every message's delivery is followed in Reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Finished, with some failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Link to the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>List choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>No file yet: choose one, drop it on the message, or paste a picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One answer a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One button a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One choice a line; a description after |</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Pick a photo, video, audio or document; you can also drop or paste one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Place name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Poll answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>See it in Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Send without this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sending progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sent, failed and waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Several answers allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Stop sending the rest until you resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Template name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>The messages not sent yet are never sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Why: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Write another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>or paste a link to the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>under a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>universal time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComposerPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 devices, taking turns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 is not connected to WhatsApp: pair its phone in Devices first, or its messages fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 left out: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 left out: asked not to be messaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 messages cannot be sent from the devices chosen: the message is now %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 of %2 numbers are not on WhatsApp (they are left out): many such numbers in one list look like a bought list to WhatsApp. Send to people who gave you their number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 people get a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 recipients have nothing in a variable the text uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 recipients: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1: about %2 — done %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1: about %2 — with at most %4 a day, done %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 person gets a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 recipient has nothing in a variable the text uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>As written; add recipients to see each person's text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Audio messages carry no caption: the text is not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Checking the message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Checks before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Estimated finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Everyone gets the very same text: WhatsApp may take it for spam. Insert a variable such as the name, or choices such as Hello|Hi, to vary it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Fix what is marked in the checks first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>From: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Insert variable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Kind of message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Left out, cannot be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>No device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>No device yet: add one in Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Normal: 8–15 s apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Put a recipient's name or another column into the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Queued: the running wadesk sends them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Read the warnings above; press again to send anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Ready to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipient %1 of %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipient count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipients: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Repeating schedule saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Repeats — the first on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Safe: 30–60 s apart, rests, 200 a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Saving the repeating schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Schedule for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Scheduled for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send to %1 people?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending %1 messages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending is not available in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Starts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The device to send from; choose several to take turns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The first recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The next recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The previous recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, the device's time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, the time zone of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, this computer's time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Unthrottled (simulator only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>WhatsApp group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>With the daily cap of %1 a device, the last message goes %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Write your message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Your message shows here as your customers will see it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomPace</name>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>A rest of %1–%2 minutes after every %3 messages, as with Safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>At most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>At most this many a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Longest gap in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Shortest gap in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Wait between</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>and</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Give the saved message a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>e.g. Weekend promotion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientsFileDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Choose the column that holds the WhatsApp numbers, and the columns to use in the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Column with the numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Columns to use in the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Numbers are in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Reading the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Recipients from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>The first rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>The first rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Use in the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Use these recipients</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientsPicker</name>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 asked not to be messaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 asked not to be messaged: left out if added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 duplicates merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 left out: asked not to be messaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 more rows cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 not on WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 numbers cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 rows cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 rows cannot be used, listed below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 · %2 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 · WhatsApp group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>0812-3456-7890, +62 813 1111 2222 …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 duplicate merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 number cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 row cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>A CSV or Excel file of customers: you choose which column holds the numbers on the next step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Add numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Add numbers, contacts, groups or a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Cannot be read, left out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Choose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Choose a list of recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contacts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>File: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Left out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Local group: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No contact has what you typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No contacts yet: add them in Contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No groups yet: tag contacts in Contacts to make one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No recipients yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Number typed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Numbers to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>One per line, or separated by commas. Enter adds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Recipient count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Recipients chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Remove the selected recipient (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Search by name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Sending to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>WhatsApp group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>WhatsApp groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Your groups (tags)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>asked not to be messaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>not sent: the device cannot send to groups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepeatChoice</name>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source> times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every month on day %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every month on its last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every week on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>How many times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Repeat until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>a number of times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>until a date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedMessages</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Contact card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Poll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save as saved message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save this message to use again, or load one saved before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedMessagesDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>A saved message named “%1” exists already. Replace it with this message?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>A saved message named “%1” exists already; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not delete it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not load it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not read the saved messages: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not rename it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not save it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete saved message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete the saved message (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete the saved message “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>First line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Messages already sent with it are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Messages you use again and again. Loading one replaces the message being written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Name this message to find it again later:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>New name for “%1”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>No saved messages yet. Write a message, then choose “Save current message” to keep it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename saved message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename the saved message (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Renamed to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Replace saved message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save as saved message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save current message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save the message being written under a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Search by name or words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Search saved messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>“%1” deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
