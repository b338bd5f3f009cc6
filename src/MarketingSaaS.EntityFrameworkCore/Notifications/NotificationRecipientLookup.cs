using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Notifications;

internal sealed class NotificationRecipientLookup(IDbContextProvider<PlatformDbContext> contextProvider) : INotificationRecipientLookup
{
    public async Task<IReadOnlyList<NotificationRecipient>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new NotificationRecipient(u.Id, u.Name, u.Email, u.IsActive))
            .ToListAsync(cancellationToken);
}
