using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Notifications;

/// <summary>Which kinds of notifications a user also receives by e-mail. Without a row, every kind is e-mailed.</summary>
public sealed class NotificationPreference : AggregateRoot<Guid>, IMultiTenant
{
    public static readonly IReadOnlyList<NotificationKind> DefaultEmailKinds = Enum.GetValues<NotificationKind>();

    private NotificationPreference() { }

    public NotificationPreference(Guid id, Guid userId, IEnumerable<NotificationKind> emailKinds) : base(id)
    {
        UserId = userId;
        SetEmailKinds(emailKinds);
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public List<NotificationKind> EmailKinds { get; private set; } = [];

    public void SetEmailKinds(IEnumerable<NotificationKind> kinds) => EmailKinds = [.. kinds.Distinct().Order()];
}
