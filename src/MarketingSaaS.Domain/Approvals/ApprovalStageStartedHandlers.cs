namespace MarketingSaaS.Approvals;

public static class ApprovalStageStartedHandlers
{
    /// <summary>Tells the handlers about the request's current stage unless it is still <paramref name="previousStageIndex"/> (a decision that did not complete its stage).</summary>
    public static async Task NotifyStageStartedAsync(this IEnumerable<IApprovalStageStartedHandler> handlers, ApprovalRequest request, int? previousStageIndex, CancellationToken cancellationToken)
    {
        if (request.CurrentStage is not { } stage || stage.Index == previousStageIndex)
        {
            return;
        }

        foreach (var handler in handlers)
        {
            await handler.OnStageStartedAsync(request, stage, cancellationToken);
        }
    }
}
