using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Membership.Members;

public sealed record MemberListFilter(string? Text, string? Tag, Guid? OwnerId);

public interface IMemberRepository : IRepository<Member, Guid>
{
    /// <summary>By name; the text searches name, phone and e-mail (a phone by its digits), the tag matches exactly.</summary>
    Task<(long TotalCount, List<Member> Items)> GetPagedListAsync(MemberListFilter filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The member (other than <paramref name="except"/>) with this normalized phone or e-mail, if any.</summary>
    Task<Member?> FindByContactAsync(string? normalizedPhone, string? normalizedEmail, Guid? except, CancellationToken cancellationToken = default);
}
