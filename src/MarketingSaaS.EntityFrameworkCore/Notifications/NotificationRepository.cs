using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Notifications;

internal sealed class NotificationRepository(IDbContextProvider<PlatformDbContext> contextProvider) : INotificationRepository
{
    public async Task InsertAsync(Notification notification, CancellationToken cancellationToken = default) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Add(notification);

    public async Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(cancellationToken)).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public async Task<(long TotalCount, List<Notification> Items)> GetPageAsync(Guid userId, bool unreadOnly, NotificationKind? kind, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = (await QueryAsync(cancellationToken)).Where(n => n.UserId == userId && (!unreadOnly || n.ReadTime == null));
        if (kind is { } only)
        {
            query = query.Where(n => n.Kind == only);
        }

        var total = await query.LongCountAsync(cancellationToken);
        // Guid v7 ids grow with time: a stable newest-first order without sorting on DateTimeOffset (SQLite cannot).
        var items = await query.OrderByDescending(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<long> CountUnreadAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(cancellationToken)).LongCountAsync(n => n.UserId == userId && n.ReadTime == null, cancellationToken);

    public async Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(cancellationToken)).Where(n => n.UserId == userId && n.ReadTime == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadTime, now), cancellationToken);

    public async Task<int> MarkReadAboutAsync(NotificationKind kind, string link, IReadOnlyCollection<Guid> exceptUserIds, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(cancellationToken)).Where(n => n.Kind == kind && n.Link == link && n.ReadTime == null && !exceptUserIds.Contains(n.UserId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadTime, now), cancellationToken);

    private async Task<IQueryable<Notification>> QueryAsync(CancellationToken cancellationToken) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Set<Notification>();
}
