"""iCalendar files must work in real calendar programs (RFC 5545)."""
from __future__ import annotations

import datetime
from pathlib import Path

import icalendar
import recurring_ical_events

from .report import Problem


def check_calendars(site: Path) -> list[Problem]:
    problems: list[Problem] = []
    for file in sorted(site.rglob("*.ics")):
        problems += check_calendar(file.relative_to(site).as_posix(), file.read_bytes())
    return problems


def check_calendar(name: str, data: bytes) -> list[Problem]:
    problems: list[Problem] = []

    def problem(rule: str, message: str, hint: str, element: str = "") -> None:
        problems.append(Problem(name, f"ics:{rule}", element, message, hint))

    lines = data.split(b"\r\n")
    if b"\n" in data.replace(b"\r\n", b""):
        problem("crlf", "lines end in LF, not CRLF", "end every content line with CRLF (RFC 5545 3.1)")
    for number, line in enumerate(lines, start=1):
        if len(line) > 75:
            problem("folding", f"line {number} is {len(line)} octets long", "fold lines longer than 75 octets (RFC 5545 3.1)",
                    line[:60].decode("utf-8", "replace"))
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        problem("parse", f"icalendar cannot read the file: {error}", "write valid RFC 5545")
        return problems
    timezones = {str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        summary = str(event.get("SUMMARY", "?"))
        for required in ("UID", "DTSTAMP"):
            if event.get(required) is None:
                problem(required.lower(), f"the event '{summary}' has no {required}", f"add {required} to every VEVENT")
    for component in calendar.walk():
        for key in ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE"):
            values = component.get(key)
            for value in values if isinstance(values, list) else [values]:
                tzid = value.params.get("TZID") if value is not None and hasattr(value, "params") else None
                if tzid and tzid not in timezones:
                    problem("vtimezone", f"TZID '{tzid}' has no VTIMEZONE", "include a VTIMEZONE for every TZID used")
    try:
        start = datetime.date(2020, 1, 1)
        recurring_ical_events.of(calendar).between(start, start + datetime.timedelta(days=365 * 10))
    except Exception as error:  # noqa: BLE001
        problem("expand", f"recurring-ical-events cannot expand the events: {error}", "check RRULE, EXDATE and RECURRENCE-ID")
    return problems
