"""``wadesk outbox``, ``campaign`` and ``schedule``: what is queued, scheduled or being sent."""

from __future__ import annotations

import argparse
import sys
from datetime import tzinfo
from json.encoder import encode_basestring

from wadesk.app import App
from wadesk.cli.output import (
    FAILED,
    INVALID,
    OK,
    emit,
    fail,
    idle_printer,
    iso,
    local_time,
    outcome_printer,
    print_send_results,
    progress_printer,
    report_json,
    write_json_lines,
    zone_name,
)
from wadesk.cli.parser import parse_when
from wadesk.domain.errors import ValidationError
from wadesk.domain.status import DeliveryStatus
from wadesk.services.messages import OutboxRow
from wadesk.services.pacing import local_zone, zone


async def cmd_outbox(app: App, args: argparse.Namespace) -> int:
    if args.action == "run":
        return await _outbox_run(app, args)
    if args.action == "retry":
        return await _outbox_retry(app, args)
    if args.action == "list":
        _outbox_list(app, args.all, args.json)
        return OK
    send_again = args.action == "send-again"
    for message_id in args.ids:
        row = app.messages.decide_uncertain(message_id, send_again=send_again)
        print(f"message {row.id}: {row.status.value}")
    if send_again:
        report = await app.outbox.run()
        print(f"sent {report.sent}")
    return OK


def _outbox_list(app: App, everything: bool, as_json: bool) -> None:
    """One line (or JSON object) per message, written as the store's pages are read: never the whole list at once."""
    rows = app.messages.unsettled(everything=everything)
    if as_json:
        write_json_lines(map(_outbox_json, rows))
        return
    for row in rows:
        hold = " (missed)" if row.missed else ""
        print(f"{row.id:>6} {row.recipient:<16} {row.status.value:<9}{hold} {row.error or ''}")


_STATUS_JSON = {status: encode_basestring(status.value) for status in DeliveryStatus}


def _outbox_json(row: OutboxRow) -> str:
    """The JSON object ``emit`` writes for ``row`` (the same keys, order and spacing), formatted without a dict.

    A listing of 100,000 messages spends most of its time here.  Times are the stored text in ISO form (digits and
    ``-:.+T``: nothing to escape), parsed only when it is not as the store writes it.
    """
    q = encode_basestring  # what json.dumps(ensure_ascii=False) does to a string
    pid = "null" if row.provider_message_id is None else q(row.provider_message_id)
    error = "null" if row.error is None else q(row.error)
    campaign = "null" if row.campaign_id is None else int(row.campaign_id)
    hold = "null" if row.hold is None else q(row.hold)
    at = "null" if row.scheduled_text is None else f'"{row.scheduled_iso}"'
    text = "null" if row.text is None else q(row.text)
    return (
        f'{{"message_id": {row.id}, "provider_message_id": {pid}, "to": {q(row.recipient)}, '
        f'"status": {_STATUS_JSON[row.status]}, "updated_at": "{row.updated_iso}", "error": {error}, '
        f'"campaign_id": {campaign}, "hold": {hold}, "scheduled_at": {at}, "text": {text}}}'
    )


async def _outbox_run(app: App, args: argparse.Namespace) -> int:
    """Everything due; ``--follow`` shows each outcome as it comes and a line whenever it runs out of work."""
    if args.follow:  # until Ctrl+C; a failed pass is told and sending starts again, as in the window
        from wadesk.services.poller import serve_sending

        app.outbox.on_progress = outcome_printer(args.json)
        app.outbox.on_idle = idle_printer
        app.outbox.on_trouble = fail
        await serve_sending(app.outbox, app.live_poller, busy_is_error=True)  # and follows delivery
        return OK
    if not args.json:
        app.outbox.on_progress = outcome_printer(False)
    report = await app.outbox.run(follow=args.follow)
    counts = app.messages.count_by_status()
    summary = {
        "recovered": report.recovered,
        "uncertain": counts[DeliveryStatus.UNCERTAIN],  # all of them, not only those this run found
        "became_uncertain": report.uncertain,
        "failed": counts[DeliveryStatus.FAILED],
        "released": report.released,
        "missed": report.missed,
        "sent": report.sent,
        "errors": report.errors,
    }
    if args.json:
        emit(summary)
    else:
        newly = f", {report.uncertain} more now uncertain" if report.uncertain else ""
        retry = " ('wadesk outbox retry ID' once the cause is fixed)" if summary["failed"] else ""
        print(
            f"sent {report.sent}; recovered {report.recovered} unfinished sends{newly}; "
            f"{report.released} schedules due; {report.missed} missed; "
            f"{summary['uncertain']} uncertain and {summary['failed']} failed in the outbox{retry}"
        )
    for held in app.schedules.missed():
        fail(
            f"message {held.id} to {held.to.address} was due {iso(held.scheduled_at)} while wadesk was closed: "
            f"'wadesk schedule send-now {held.id}' or 'wadesk schedule skip {held.id}'"
        )
    if counts[DeliveryStatus.UNCERTAIN]:
        fail(
            f"{counts[DeliveryStatus.UNCERTAIN]} message(s) may or may not have arrived: check with the recipient, "
            "then 'wadesk outbox send-again ID' or 'wadesk outbox mark-sent ID' (see 'wadesk outbox list')"
        )
    for error in report.errors:
        fail(error)
    return FAILED if report.errors else OK


async def _outbox_retry(app: App, args: argparse.Namespace) -> int:
    if args.ids and args.campaign is not None:
        raise ValidationError("give message ids or --campaign ID, not both")
    if not args.ids and args.campaign is None:
        raise ValidationError("give the ids of failed messages, or --campaign ID (see 'wadesk outbox list')")
    plan = app.outbox.retry_plan(args.ids, campaign_id=args.campaign)
    if plan.refused:
        for message_id, why in plan.refused:
            fail(f"message {message_id} cannot be retried: {why}")
        fail(
            "nothing was retried: only failed messages are (uncertain ones: 'wadesk outbox send-again ID' "
            "or 'wadesk outbox mark-sent ID')"
        )
        return INVALID
    if not plan.ids:
        print(f"campaign {args.campaign} has no failed messages: nothing to retry")
        return OK
    if len(plan.ids) > 1 and not args.json:
        print(f"retrying {len(plan.ids)} failed messages", file=sys.stderr)
        app.outbox.on_progress = progress_printer(len(plan.ids))
    from wadesk.services.outbox import SenderBusy

    try:
        rows = await app.outbox.retry(plan)
    except SenderBusy:
        print(f"{len(plan.ids)} message(s) queued again: the wadesk already running from this data folder sends them")
        return OK
    return print_send_results(rows, args.json)


async def cmd_campaign(app: App, args: argparse.Namespace) -> int:
    if args.action == "list":
        for c in app.campaigns.list():
            counts = {k.value: v for k, v in c.counts.items() if v}
            if args.json:
                emit(
                    {"id": c.id, "name": c.name, "state": c.state, "pace": c.pace, "total": c.total, "statuses": counts}
                )
            else:
                summary = ", ".join(f"{v} {k}" for k, v in counts.items())
                print(f"{c.id:>4} {c.state:<9} {c.name}  ({summary})")
        return OK
    act = {"pause": app.campaigns.pause, "resume": app.campaigns.resume, "cancel": app.campaigns.cancel}[args.action]
    campaign = act(args.id)
    print(f"campaign {campaign.id} {campaign.state}")
    if args.action == "resume":
        print("run 'wadesk outbox run' (or keep the desktop app open) to continue sending")
    return OK


async def cmd_schedule(app: App, args: argparse.Namespace) -> int:
    if args.action == "list":
        from wadesk.services.schedules import is_missed

        tz = zone(args.tz) if args.tz else local_zone()
        entries = app.schedules.list()  # with the hand-overs to a gateway under way or in doubt
        made = app.series.of_messages([e.row.id for e in entries])
        if not args.json:
            print(f"times in {zone_name(tz)}")
        for entry in entries:
            row, holder = entry.row, entry.holder
            occurrence, made_in = made.get(row.id, (None, None))
            if args.json:
                emit(
                    {
                        **report_json(row),
                        "scheduled_at": iso(row.scheduled_at.astimezone(tz) if row.scheduled_at else None),
                        "zone": zone_name(tz),
                        "schedule_zone": made_in,
                        "where": "gateway" if holder.on_gateway else "local",
                        "held": holder.text,
                        "can_cancel": holder.can_cancel,
                        "can_move": holder.can_move,
                        "can_edit": holder.can_edit,
                        "schedule_id": row.remote_schedule_id,
                        "missed": is_missed(row),
                        "series_id": int(occurrence.split(":", 1)[0]) if occurrence else None,
                        "occurrence": occurrence,
                    }
                )
            else:
                when = local_time(row.scheduled_at, tz) if row.scheduled_at else "-"
                part = f" (recurring {occurrence.split(':', 1)[0]})" if occurrence else ""
                print(f"{row.id:>6}  {when}  {row.to.address:<16} {holder.text}{part}")
        _series_list(app, tz, args.json, everything=args.all)
        return OK
    if args.action in ("send-now", "skip"):
        for message_id in args.ids:
            row = app.schedules.decide_missed(message_id, send_now=args.action == "send-now")
            print(f"message {row.id}: {row.status.value}")
        if args.action == "send-now":
            print(f"sent {(await app.outbox.run()).sent}")
        return OK
    if args.action == "cancel":
        if not args.ids and not args.series:
            raise ValidationError("give the ids of scheduled messages, or --series ID (see 'wadesk schedule list')")
        for series_id in args.series:
            series = app.series.cancel(series_id)
            print(f"recurring schedule {series.id}: cancelled")
        for message_id in args.ids:
            await app.schedules.cancel(message_id)
            print(f"message {message_id}: cancelled")
        return OK
    if args.action == "edit":
        row = await app.schedules.edit_text(args.id, args.text)
        when = local_time(row.scheduled_at, local_zone()) if row.scheduled_at else "its time"
        print(f"message {row.id}: new text, still scheduled for {when}")
        return OK
    at = parse_when(args.at, args.tz)
    row = await app.schedules.move(args.id, at)
    print(f"message {row.id}: scheduled for {local_time(row.scheduled_at or at, at.tzinfo or local_zone())}")
    return OK


def _series_list(app: App, tz: tzinfo, as_json: bool, *, everything: bool) -> None:
    """The recurring schedules: the rule in words, the next times (in ``tz``) and the occurrences made."""
    from wadesk.cli.commands.send import series_json

    listed = app.series.list(everything=everything)
    if as_json:
        for series in listed:
            emit(series_json(series, tz))
        return
    if listed:
        print("recurring schedules:")
    for series in listed:
        state = "" if series.state == "active" else f" [{series.state}]"
        print(f"series {series.id:>3}{state}  {series.description}  {', '.join(a.name for a in series.accounts)}")
        if series.next:
            print(f"            next: {', '.join(local_time(o.at, tz) for o in series.next[:3])}")
        for made in series.made[-3:]:
            counts = ", ".join(f"{n} {status.value}" for status, n in made.statuses.items())
            print(f"            {local_time(made.at, tz)}: {made.problem or counts}")
