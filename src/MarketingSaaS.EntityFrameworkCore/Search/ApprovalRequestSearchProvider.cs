using System.Globalization;
using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Framework.Users;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>
/// Approval requests by part of their title that the user filed, is an approver of or decided (the requests the
/// "my approvals" lists show them; a delegate finds the delegator's requests through those lists, not here).
/// </summary>
internal sealed class ApprovalRequestSearchProvider(IDbContextProvider<PlatformDbContext> contextProvider, ICurrentUser currentUser) : ISearchProvider
{
    public const string Kind = "Approvals.Request";

    public string? RequiredFeature => null;

    /// <summary>None: approvers need no permission to open a request they are on.</summary>
    public string? RequiredPermission => null;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return [];
        }

        var upper = query.Text.ToUpperInvariant();
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var requests = await context.ApprovalRequests.AsNoTracking()
            .Where(r => r.Title.ToUpper().Contains(upper)
                && (r.RequesterUserId == userId
                    || context.Set<ApprovalStageApprover>().Any(a => a.RequestId == r.Id && a.UserId == userId)
                    || context.ApprovalDecisions.Any(d => d.RequestId == r.Id && d.UserId == userId)))
            .OrderByDescending(r => r.Id)
            .Take(query.MaxResults)
            .Select(r => new { r.Id, r.Title, r.Amount, r.Currency })
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => new SearchResult(Kind, r.Id, r.Title, string.Create(CultureInfo.InvariantCulture, $"{r.Amount:N2} {r.Currency}"), $"/approvals/requests/{r.Id}"))];
    }
}
