using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Membership.Items;

public interface IMembershipItemRepository : IRepository<MembershipItem, Guid>
{
    /// <summary>By name; <paramref name="filter"/> searches the name.</summary>
    Task<(long TotalCount, List<MembershipItem> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
