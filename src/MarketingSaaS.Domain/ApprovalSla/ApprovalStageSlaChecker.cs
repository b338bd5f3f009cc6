using System.Globalization;
using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Notifications;

namespace MarketingSaaS.ApprovalSla;

/// <summary>
/// Reminds the pending approvers of a stage that waited past Approvals.ReminderAfterHours, and past
/// Approvals.EscalateAfterHours adds the head of the unit above the requester's unit to the stage (logged, notified).
/// </summary>
public sealed class ApprovalStageSlaChecker(
    IApprovalRequestRepository requests,
    IApprovalDecisionRepository decisions,
    IOrgChartSnapshotReader orgCharts,
    ISettingProvider settings,
    ApprovalWaitingPublisher waiting,
    TimeProvider clock)
{
    private const int DefaultReminderHours = 24;
    private const int DefaultEscalationHours = 48;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var reminderAfter = TimeSpan.FromHours(await GetHoursAsync(ApprovalSettings.ReminderAfterHours, DefaultReminderHours, cancellationToken));
        var escalateAfter = TimeSpan.FromHours(await GetHoursAsync(ApprovalSettings.EscalateAfterHours, DefaultEscalationHours, cancellationToken));
        var now = clock.GetUtcNow();
        OrgChartSnapshot? orgChart = null;
        foreach (var request in await requests.GetPendingWithRouteAsync(cancellationToken))
        {
            if (request.CurrentStage is not { } stage || request.CurrentStageWaitingSince() is not { } since)
            {
                continue;
            }

            var waited = now - since;
            if (waited > reminderAfter && stage.RemindedAt is null)
            {
                await RemindAsync(request, stage, now, cancellationToken);
            }

            if (waited > escalateAfter && stage.EscalatedAt is null)
            {
                orgChart ??= await orgCharts.ReadAsync(cancellationToken);
                await EscalateAsync(request, stage, orgChart, now, cancellationToken);
            }
        }
    }

    private async Task RemindAsync(ApprovalRequest request, ApprovalStage stage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var approvers = stage.Approvers.Where(a => a.State == ApproverState.Pending).Select(a => a.UserId).ToList();
        await waiting.PublishAsync(request, approvers, ApprovalSlaTextKeys.ReminderTitle, ApprovalSlaTextKeys.ReminderBody, cancellationToken);
        stage.MarkReminded(now);
    }

    private async Task EscalateAsync(ApprovalRequest request, ApprovalStage stage, OrgChartSnapshot orgChart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = orgChart.Unit(request.RequesterUnitId ?? orgChart.UnitOfUser(request.RequesterUserId));
        var heads = orgChart.HeadOf(orgChart.Unit(unit?.ParentId), escalated: true)
            .Where(h => h.UserId != request.RequesterUserId && stage.Approvers.All(a => a.UserId != h.UserId))
            .DistinctBy(h => h.UserId)
            .ToList();
        var added = stage.Escalate(heads, now);
        foreach (var approver in added)
        {
            await decisions.InsertAsync(new ApprovalDecision(SequentialGuid.Create(), request, approver.UserId, ApprovalDecisionType.Escalated, null, stage.Index, now), cancellationToken);
        }

        if (added.Count > 0)
        {
            await waiting.PublishAsync(request, [.. added.Select(a => a.UserId)], ApprovalSlaTextKeys.EscalationTitle, ApprovalSlaTextKeys.EscalationBody, cancellationToken);
        }
    }

    private async Task<int> GetHoursAsync(string name, int fallback, CancellationToken cancellationToken) =>
        int.TryParse(await settings.GetOrNullAsync(name, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours > 0
            ? hours
            : fallback;
}
