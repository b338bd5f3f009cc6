using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Membership.Members;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Members;

internal sealed class MemberRepository(IDbContextProvider<MembershipDbContext> contextProvider)
    : EfRepository<MembershipDbContext, Member, Guid>(contextProvider), IMemberRepository
{
    public async Task<(long TotalCount, List<Member> Items)> GetPagedListAsync(MemberListFilter filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (filter.Text is { } text)
        {
            var phone = MemberContacts.NormalizePhone(text);
            var email = text.ToUpperInvariant();
            query = phone is { Length: >= 3 }
                ? query.Where(m => m.Name.Contains(text) || m.NormalizedEmail!.Contains(email) || m.NormalizedPhone!.Contains(phone))
                : query.Where(m => m.Name.Contains(text) || m.NormalizedEmail!.Contains(email));
        }

        if (filter.Tag is { } tag)
        {
            query = query.Where(m => m.Tags.Any(t => t.Name == tag));
        }

        if (filter.OwnerId is { } ownerId)
        {
            query = query.Where(m => m.OwnerId == ownerId);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.Name).ThenBy(m => m.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<Member?> FindByContactAsync(string? normalizedPhone, string? normalizedEmail, Guid? except, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        return await query
            .Where(m => m.Id != except && ((normalizedPhone != null && m.NormalizedPhone == normalizedPhone) || (normalizedEmail != null && m.NormalizedEmail == normalizedEmail)))
            .OrderBy(m => m.CreationTime)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
