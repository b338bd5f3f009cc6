namespace MarketingSaaS.Events.Figures;

public sealed record EventAttendanceCounts(int Registrants, int Attendees, int Leads)
{
    public static readonly EventAttendanceCounts None = new(0, 0, 0);
}
