using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Notifications;

/// <summary>
/// An in-app message to one user, written in the user's language when it was sent. Not change-logged:
/// it is itself a record of something that happened, and reading it is no business change.
/// </summary>
[DisableAuditing]
public sealed class Notification : Entity<Guid>, IMultiTenant
{
    private Notification() { }

    public Notification(Guid id, Guid userId, NotificationKind kind, string title, string body, string? link, DateTimeOffset creationTime) : base(id)
    {
        UserId = userId;
        Kind = kind;
        Title = Truncate(title, NotificationConsts.MaxTitleLength);
        Body = Truncate(body, NotificationConsts.MaxBodyLength);
        Link = link;
        CreationTime = creationTime;
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string? Link { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public DateTimeOffset? ReadTime { get; private set; }

    public bool IsRead => ReadTime is not null;

    public void MarkRead(DateTimeOffset now) => ReadTime ??= now;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
