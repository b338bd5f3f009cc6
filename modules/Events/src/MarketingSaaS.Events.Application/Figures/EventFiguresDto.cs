using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Figures;

/// <summary>One event's figures for the portal chart; see <see cref="EventFigures"/> for rounding and nulls.</summary>
public sealed record EventFiguresDto(
    Guid MarketingEventId,
    string Name,
    MarketingEventStatus Status,
    DateTimeOffset StartTime,
    string? Currency,
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
