using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Notifications;
using MarketingSaaS.Processes;

namespace MarketingSaaS.Approvals;

/// <summary>
/// 催办: the requester reminds the pending approvers of the current stage (an "approval waiting" notification, mailed
/// when their preferences say so). One reminder per stage and company-local day: a second one → 422.
/// </summary>
public sealed class ApprovalRequesterReminder(ApprovalWaitingPublisher waiting, TenantToday today)
{
    public const string TitleKey = "ApprovalReminder:Title";
    public const string BodyKey = "ApprovalReminder:Body";

    public async Task<IReadOnlyList<Guid>> RemindAsync(ApprovalRequest request, Guid userId, CancellationToken cancellationToken = default)
    {
        if (request.RequesterUserId != userId)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.NotTheRequester, statusCode: 403);
        }

        if (request.CurrentStage is not { } stage)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.RequestNotPending);
        }

        var date = await today.GetAsync(cancellationToken);
        if (stage.RequesterRemindedOn == date)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.ReminderAlreadySent);
        }

        var approvers = stage.Approvers.Where(a => a.State == ApproverState.Pending).Select(a => a.UserId).Distinct().ToList();
        await waiting.PublishAsync(request, approvers, TitleKey, BodyKey, cancellationToken);
        stage.MarkRemindedByRequester(date);
        return approvers;
    }
}
