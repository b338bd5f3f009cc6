using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Notifications;

internal sealed class NotificationPreferenceRepository(IDbContextProvider<PlatformDbContext> contextProvider) : INotificationPreferenceRepository
{
    public async Task<NotificationPreference?> FindByUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Set<NotificationPreference>()
            .FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    public async Task<List<NotificationPreference>> GetListByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Set<NotificationPreference>()
            .Where(p => userIds.Contains(p.UserId))
            .ToListAsync(cancellationToken);

    public async Task InsertAsync(NotificationPreference preference, CancellationToken cancellationToken = default) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Add(preference);
}
