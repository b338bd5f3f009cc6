using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Plans;

/// <summary>
/// The rehearsal reminder sent for one key date (a key milestone, or the event's start: then the subject is the
/// event itself), and for which instant: a key date moved to another instant is reminded again.
/// </summary>
public sealed class EventRehearsalReminder : Entity<Guid>, IMultiTenant
{
    private EventRehearsalReminder() { }

    internal EventRehearsalReminder(Guid id, Guid marketingEventId, Guid subjectId) : base(id)
    {
        MarketingEventId = marketingEventId;
        SubjectId = subjectId;
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public Guid SubjectId { get; private set; }

    public DateTimeOffset? SentFor { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public bool WasSentFor(DateTimeOffset date) => SentFor == date;

    internal void MarkSent(DateTimeOffset date, DateTimeOffset now)
    {
        SentFor = date;
        SentAt = now;
    }
}
