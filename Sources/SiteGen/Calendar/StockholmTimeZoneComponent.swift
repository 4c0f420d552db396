/// The VTIMEZONE for Europe/Stockholm that RFC 5545 §3.6.5 asks for next to every
/// `TZID=Europe/Stockholm`, so a program without tzdata still gets the offsets right.
///
/// It states the EU rule in force since 1996 (and in Sweden since 1980 for March):
/// summer time from 02:00 on the last Sunday of March to 03:00 on the last Sunday of
/// October, +01:00 (CET) otherwise and +02:00 (CEST) in summer. The DTSTARTs are the
/// first such Sundays under the rule in 1996; events before then are not published.
enum StockholmTimeZoneComponent {
    static let lines = [
        "BEGIN:VTIMEZONE",
        "TZID:\(StockholmTime.identifier)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
