using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>Saves finished events as templates and starts new draft events from them.</summary>
public sealed class EventTemplateManager(MarketingEventManager events)
{
    /// <summary>Only a finished event (Completed or Closed) has proven itself; anything earlier → 422.</summary>
    public static EventTemplate SaveFrom(MarketingEvent source, string name, string? description)
    {
        if (source.Status is not (MarketingEventStatus.Completed or MarketingEventStatus.Closed))
        {
            throw new BusinessException(EventTemplateErrorCodes.SourceNotFinished, new Dictionary<string, object?> { ["status"] = source.Status });
        }

        return new EventTemplate(SequentialGuid.Create(), name.Trim(), Normalize(description), source);
    }

    public static void Rename(EventTemplate template, string name, string? description) =>
        template.Rename(name.Trim(), Normalize(description));

    /// <summary>A new Draft event with the template's plan, the given name and dates; the event rules (unit, place, budget) apply as for any new event.</summary>
    public Task<MarketingEvent> CreateEventAsync(EventTemplate template, string name, DateTimeOffset startTime, DateTimeOffset endTime, Guid? ownerUnitId, CancellationToken cancellationToken = default) =>
        events.CreateAsync(template.ToEventDraft(name, startTime, endTime, ownerUnitId), template.ToBudgetLineDrafts(), cancellationToken);

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
