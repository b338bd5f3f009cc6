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
    /// Starts from the caller's (and their delegators') pending approver rows, which the (TenantId, UserId, State)
    /// index finds directly, so the cost grows with the inbox, not with the number of requests.
    /// </summary>
    private static async Task<(long TotalCount, List<ApprovalRequest> Items)> GetWaitingPageAsync(
        PlatformDbContext context, IQueryable<ApprovalRequest> requests, Guid userId, IReadOnlyCollection<Guid> delegatorUserIds,
        int skip, int take, CancellationToken cancellationToken)
    {
        var approverIds = delegatorUserIds.Append(userId).Distinct().ToList();
        var waitingIds =
            (from approver in context.Set<ApprovalStageApprover>()
             where approver.State == ApproverState.Pending && approverIds.Contains(approver.UserId)
             join stage in context.Set<ApprovalStage>() on approver.StageId equals stage.Id
             join request in requests on stage.RequestId equals request.Id
             where request.Status == ApprovalRequestStatus.Pending && stage.Index == request.CurrentStageIndex
                 && (approver.UserId == userId || request.RequesterUserId != userId)
             select request.Id).Distinct();
        var total = await waitingIds.LongCountAsync(cancellationToken);
        var pageIds = await waitingIds.OrderByDescending(id => id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var items = await requests.Where(r => pageIds.Contains(r.Id)).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return (total, items);
    }
}
