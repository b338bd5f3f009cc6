using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>Saves finished events (with their plan) as templates and starts new draft events (with the plan laid out again) from them.</summary>
public sealed class EventTemplateManager(MarketingEventManager events, EventTemplatePlanCopier planCopier)
{
    /// <summary>Only a finished event (Completed or Closed) has proven itself; anything earlier → 422.</summary>
    public async Task<EventTemplate> SaveFromAsync(
        MarketingEvent source, IEnumerable<EventTask> tasks, IEnumerable<EventMilestone> milestones, IEnumerable<EventRisk> risks,
        string name, string? description, CancellationToken cancellationToken = default)
    {
        if (source.Status is not (MarketingEventStatus.Completed or MarketingEventStatus.Closed))
        {
            throw new BusinessException(EventTemplateErrorCodes.SourceNotFinished, new Dictionary<string, object?> { ["status"] = source.Status });
        }

        var plan = await planCopier.ToTemplateAsync(source, tasks, milestones, risks, cancellationToken);
        return new EventTemplate(SequentialGuid.Create(), name.Trim(), Normalize(description), source, plan);
    }

    public static void Rename(EventTemplate template, string name, string? description) =>
        template.Rename(name.Trim(), Normalize(description));

    /// <summary>A new Draft event with the template's plan, the given name and dates; the event rules (unit, place, budget) apply as for any new event.</summary>
    public Task<MarketingEvent> CreateEventAsync(EventTemplate template, string name, DateTimeOffset startTime, DateTimeOffset endTime, Guid? ownerUnitId, CancellationToken cancellationToken = default) =>
        events.CreateAsync(template.ToEventDraft(name, startTime, endTime, ownerUnitId), template.ToBudgetLineDrafts(), cancellationToken);

    /// <summary>The template's tasks, milestones and risks for <paramref name="marketingEvent"/>, shifted to its start; risks are owned by <paramref name="riskOwnerUserId"/>.</summary>
    public Task<EventPlanFromTemplate> CreatePlanAsync(EventTemplate template, MarketingEvent marketingEvent, Guid riskOwnerUserId, CancellationToken cancellationToken = default) =>
        planCopier.ToEventAsync(template, marketingEvent, riskOwnerUserId, cancellationToken);

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
