"""The calendar check fails on each RFC 5545 mistake and passes on a good file."""
from __future__ import annotations

import pytest

from checks.calendar import check_calendar

TIMEZONE = (b"BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
            b"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
            b"BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
EVENT = (b"BEGIN:VEVENT\r\nUID:dialogmote@example\r\nDTSTAMP:20261101T000000Z\r\n"
         b"DTSTART;TZID=Europe/Stockholm:20261204T090000\r\nDTEND;TZID=Europe/Stockholm:20261204T110000\r\n"
         b"RRULE:FREQ=MONTHLY;BYDAY=1FR\r\nSUMMARY:Utvecklingsseminarium\r\nEND:VEVENT\r\n")


def calendar(timezone: bytes = TIMEZONE, event: bytes = EVENT) -> bytes:
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sitegen//test//SV\r\n" + timezone + event + b"END:VCALENDAR\r\n"


def rules(data: bytes) -> set[str]:
    return {p.rule for p in check_calendar("test.ics", data)}


def test_good_calendar_passes():
    assert rules(calendar()) == set()


@pytest.mark.parametrize("data, rule", [
    (calendar().replace(b"\r\n", b"\n"), "ics:crlf"),
    (calendar(event=EVENT.replace(b"SUMMARY:Utvecklingsseminarium", b"SUMMARY:" + b"x" * 90)), "ics:folding"),
    (calendar(event=EVENT.replace(b"UID:dialogmote@example\r\n", b"")), "ics:uid"),
    (calendar(event=EVENT.replace(b"DTSTAMP:20261101T000000Z\r\n", b"")), "ics:dtstamp"),
    (calendar(timezone=b""), "ics:vtimezone"),
    (b"BEGIN:VCALENDAR\r\nnot a calendar", "ics:parse"),
])
def test_broken_calendar_fails(data, rule):
    assert rule in rules(data)
