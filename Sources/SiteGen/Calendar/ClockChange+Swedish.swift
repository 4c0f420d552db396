extension ClockChange {
    /// The mark beside the times: "Tiden flyttad av sommartid".
    public var swedishLabel: String {
        switch direction {
        case .forward: "Tiden flyttad av sommartid"
        case .back: endMoved ? "Tiden flyttad av vintertid" : "Innan klockan ställs tillbaka"
        }
    }

    /// What the change does to this meeting, in plain Swedish, e.g. "Den här natten ställs
    /// klockan fram en timme, från 02.00 till 03.00. Klockan blir aldrig 02.30, så mötet
    /// börjar 03.30 och slutar 04.00, efter 30 minuter som vanligt."
    public var swedishText: String {
        let clock = SwedishWords.clock
        let length = SwedishWords.length(minutes: minutes)
        switch direction {
        case .forward:
            let night = "Den här natten ställs klockan fram en timme, från \(clock(clockBefore)) till \(clock(clockAfter))."
            if startMoved {
                return night + " Klockan blir aldrig \(clock(plannedStart)), så mötet börjar \(clock(start)) och slutar \(clock(end)), efter \(length) som vanligt."
            }
            return night + " Det sker medan mötet pågår. Mötet är lika långt som vanligt, \(length), och slutar därför \(clock(end)) i stället för \(clock(plannedEnd))."
        case .back:
            let night = "Den här natten ställs klockan tillbaka en timme, från \(clock(clockBefore)) till \(clock(clockAfter)),"
                + " så klockan visar tiden mellan \(clock(clockAfter)) och \(clock(clockBefore)) två gånger."
            switch (startsAtFirstOfTwo, endMoved) {
            case (true, true):
                return night + " Mötet börjar första gången klockan visar \(clock(start)) och är lika långt som vanligt, \(length)."
                    + " Då har klockan ställts tillbaka, så mötet slutar \(clock(end)) i stället för \(clock(plannedEnd))."
            case (true, false):
                return night + " Mötet börjar första gången klockan visar \(clock(start)) och slutar \(clock(end)), innan klockan ställs tillbaka."
            case (false, true):
                return night + " Det sker medan mötet pågår. Mötet är lika långt som vanligt, \(length), och slutar därför \(clock(end)) i stället för \(clock(plannedEnd))."
            case (false, false):
                return night + " Mötet slutar \(clock(end)), innan klockan ställs tillbaka."
            }
        }
    }
}
