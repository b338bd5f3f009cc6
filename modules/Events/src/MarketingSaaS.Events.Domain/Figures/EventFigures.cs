namespace MarketingSaaS.Events.Figures;

/// <summary>
/// An event's figures. Ratios are null when their denominator is zero (or revenue is not entered yet): cost per
/// head rounded to cents, attendance rate and ROI to four decimals (0.2500 = 25 %), away from zero.
/// </summary>
public sealed record EventFigures(
    decimal Budget,
    decimal ActualCost,
    int Registrants,
    int Attendees,
    int Leads,
    decimal? CostPerRegistrant,
    decimal? CostPerAttendee,
    decimal? CostPerLead,
    decimal? AttendanceRate,
    decimal? AttributedRevenue,
    decimal? Roi);
