namespace MarketingSaaS.Events.CheckIns;

/// <summary>The desk's live count: confirmed registrations, and how many of them have checked in.</summary>
public sealed record CheckInCountDto(int Registered, int CheckedIn);
