using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalRequestRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, ApprovalRequest, Guid>(contextProvider), IApprovalRequestRepository
{
    private const string PostgreSqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public async Task<ApprovalRequest?> FindWithRouteAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Include(r => r.Stages).ThenInclude(s => s.Approvers)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<List<ApprovalRequest>> GetListWithRouteAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var requests = (await GetQueryableAsync(cancellationToken)).Include(r => r.Stages).ThenInclude(s => s.Approvers).AsSplitQuery();
        if (context.Database.ProviderName == PostgreSqlProviderName)
        {
            return await requests.Where(r => r.SubmissionTime >= since).ToListAsync(cancellationToken);
        }

        // SQLite cannot compare DateTimeOffset in SQL; the embedded default serves small companies.
        var all = await requests.ToListAsync(cancellationToken);
        return [.. all.Where(r => r.SubmissionTime >= since)];
    }

    public async Task<List<ApprovalRequest>> GetPendingWithRouteAsync(CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Include(r => r.Stages).ThenInclude(s => s.Approvers)
            .AsSplitQuery()
            .Where(r => r.Status == ApprovalRequestStatus.Pending)
            .ToListAsync(cancellationToken);

    public async Task<List<ApprovalRequest>> GetPendingWithFormerHolderSlotsAsync(
        Guid positionId, IReadOnlyCollection<Guid> holderUserIds, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var holders = holderUserIds.ToList();
        var requestIds = context.Set<ApprovalStageApprover>()
            .Where(a => a.PositionId == positionId && a.State == ApproverState.Pending && !holders.Contains(a.UserId))
            .Select(a => a.RequestId);
        return await (await GetQueryableAsync(cancellationToken))
            .Include(r => r.Stages).ThenInclude(s => s.Approvers)
            .AsSplitQuery()
            .Where(r => r.Status == ApprovalRequestStatus.Pending && requestIds.Contains(r.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> HasPendingAsync(ApprovalSubject subject, Guid? exceptRequestId = null, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).AnyAsync(
            r => r.SubjectModule == subject.Module && r.SubjectId == subject.Id && r.Status == ApprovalRequestStatus.Pending && r.Id != exceptRequestId,
            cancellationToken);

    public async Task<(long TotalCount, List<ApprovalRequest> Items)> GetPageAsync(
        ApprovalRequestView view, Guid userId, IReadOnlyCollection<Guid> delegatorUserIds, int skip, int take, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var requests = await GetQueryableAsync(cancellationToken);
        if (view == ApprovalRequestView.WaitingForMe)
        {
            return await GetWaitingPageAsync(context, requests, userId, delegatorUserIds, skip, take, cancellationToken);
        }

        var query = view == ApprovalRequestView.DecidedByMe
            ? requests.Where(r => context.Set<ApprovalDecision>().Any(d => d.RequestId == r.Id && d.UserId == userId
                && (d.Type == ApprovalDecisionType.Approved || d.Type == ApprovalDecisionType.Rejected || d.Type == ApprovalDecisionType.Returned)))
            : requests.Where(r => r.RequesterUserId == userId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, items);
    }

    /// <summary>
    /// Pages the waiting slots (<see cref="ApprovalStageApprover.IsWaiting"/>) of the caller and their delegators through the
    /// filtered (TenantId, UserId, RequestId) index: the first page reads 20 index entries and the count only the index,
    /// however many requests the company has.
    /// </summary>
    private static async Task<(long TotalCount, List<ApprovalRequest> Items)> GetWaitingPageAsync(
        PlatformDbContext context, IQueryable<ApprovalRequest> requests, Guid userId, IReadOnlyCollection<Guid> delegatorUserIds,
        int skip, int take, CancellationToken cancellationToken)
    {
        var approvers = context.Set<ApprovalStageApprover>();
        IQueryable<Guid> waitingIds;
        if (delegatorUserIds.Count == 0)
        {
            waitingIds = approvers.Where(a => a.IsWaiting && a.UserId == userId).Select(a => a.RequestId);
        }
        else
        {
            var delegators = delegatorUserIds.Where(id => id != userId).Distinct().ToList();
            var ownRequests = requests.Where(r => r.RequesterUserId == userId).Select(r => r.Id);
            waitingIds = approvers
                .Where(a => a.IsWaiting && (a.UserId == userId || (delegators.Contains(a.UserId) && !ownRequests.Contains(a.RequestId))))
                .Select(a => a.RequestId)
                .Distinct();
        }

        var total = await waitingIds.LongCountAsync(cancellationToken);
        var pageIds = await waitingIds.OrderByDescending(id => id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var items = await requests.Where(r => pageIds.Contains(r.Id)).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return (total, items);
    }
}
