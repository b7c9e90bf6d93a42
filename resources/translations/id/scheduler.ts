<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ChangeTimeDialog</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>Change time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>New date and time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditTextDialog</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Edit text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/month.py" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scheduler</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>%1 more after these.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>%1 recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>%1 scheduled messages were due while wadesk was closed. None is sent until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>(%1 %2 there)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>1 scheduled message was due while wadesk was closed. It is not sent until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Do not send it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Due %1 at %2 · %3 · to %4 · “%5”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>Each: %1 (the usual pace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Send it now, late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Send now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>The others: %1 (the usual pace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>a removed account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>at most %1 a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>in quiet hours: it waits until they end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>quiet %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>the group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchedulerPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 at %2 has already passed: choose a later time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 has %2 planned, more than its %3 a day: the rest waits for the next day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 has passed: choose today or a later day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 sends nothing during its quiet hours, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1, %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1: %2 message(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1: %2 on %3, more than its %4 a day; the rest waits for the next day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Campaign “%1” of %2: %3 messages, expected %4 (the bar under those days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel send…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel the message to %1 on %2 at %3?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel the selected send (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancelled; it will not be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Change the words of the selected send; its time stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Change time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not cancel it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not change the text: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not move it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Edit text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Everything that will go out later, on every device, on one calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Give the selected send a new date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Go to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It is %1: the text is changed there too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It no longer repeats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It still goes out on %1 at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It will not be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It will not be sent. It is %1; it is cancelled there too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Keep repeating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Moved to %1 at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New message on %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New text for the message to %1 from %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New time for the message to %1 from %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Next month (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>None of its coming times is sent. What was sent already stays in Reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Nothing is scheduled on this day, and it has passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Previous month (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Queued: it is sent now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Scheduler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Show the day or the week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Skipped: it will not be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Stop repeating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Stop this repeating message: “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Text changed; it goes out at the same time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>The calendar could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>This send can no longer be changed: it was sent, moved or cancelled meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>This send cannot be moved: it is %1, and goes out as planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Times in %1, this computer's time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Week of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Write a message to send on the selected day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>a removed account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>universal time</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
