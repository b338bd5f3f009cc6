using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Processes;

/// <summary>
/// Completes process steps; a step that ends with an approval submits an approval request (business type
/// ProcessStep, subject "Processes" / "{instanceId}:{stepId}", amount 0) and completes when it is approved.
/// </summary>
public sealed class ProcessStepApprovals(
    ApprovalRequestManager approvals,
    ISettingProvider settings,
    IEnumerable<IProcessStepCompletedHandler> completedHandlers,
    TimeProvider clock)
{
    public const string SubjectModule = "Processes";

    public async Task CompleteStepAsync(ProcessInstance instance, Guid stepId, Guid userId, CancellationToken cancellationToken = default)
    {
        var step = instance.CheckCompletable(stepId, userId);
        if (!step.EndsWithApproval)
        {
            instance.CompleteStep(stepId, userId, clock.GetUtcNow());
            await TellCompletedAsync(completedHandlers, instance, step, cancellationToken);
            return;
        }

        var currency = await settings.GetOrNullAsync(MarketingSaaSSettings.Currency, cancellationToken) ?? "CNY";
        var draft = new ApprovalRequestDraft(
            ApprovalBusinessTypes.ProcessStep, new ApprovalSubject(SubjectModule, SubjectId(instance.Id, stepId)), Title(instance, step),
            0m, currency, RiskTier.Tactical, false, null);
        var request = await approvals.SubmitAsync(draft, userId, cancellationToken);
        instance.SubmitStepForApproval(stepId, request.Id);
    }

    /// <summary>Tells every <see cref="IProcessStepCompletedHandler"/> that <paramref name="step"/> completed.</summary>
    public static async Task TellCompletedAsync(IEnumerable<IProcessStepCompletedHandler> handlers, ProcessInstance instance, ProcessStep step, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.OnStepCompletedAsync(instance, step, cancellationToken);
        }
    }

    public static string SubjectId(Guid instanceId, Guid stepId) => $"{instanceId:N}:{stepId:N}";

    public static bool TryParseSubjectId(string subjectId, out Guid instanceId, out Guid stepId)
    {
        var parts = subjectId.Split(':');
        stepId = Guid.Empty;
        instanceId = Guid.Empty;
        return parts.Length == 2 && Guid.TryParse(parts[0], out instanceId) && Guid.TryParse(parts[1], out stepId);
    }

    private static string Title(ProcessInstance instance, ProcessStep step)
    {
        var title = $"{instance.Name}: {step.Name}";
        return title.Length <= ApprovalRequestConsts.MaxTitleLength ? title : title[..ApprovalRequestConsts.MaxTitleLength];
    }
}
