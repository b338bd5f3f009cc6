using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Reviews;

internal sealed class EventReviewRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventReview, Guid>(contextProvider), IEventReviewRepository
{
    public async Task<EventReview?> FindByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).FirstOrDefaultAsync(r => r.MarketingEventId == marketingEventId, cancellationToken);
}
