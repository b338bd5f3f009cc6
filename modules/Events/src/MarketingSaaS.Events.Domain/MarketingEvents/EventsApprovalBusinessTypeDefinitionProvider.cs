using MarketingSaaS.Approvals.BusinessTypes;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>An event is submitted for approval as business type <c>Events.Event</c>; display name in Localization/Events.</summary>
public sealed class EventsApprovalBusinessTypeDefinitionProvider : ApprovalBusinessTypeDefinitionProvider
{
    public override void Define(ApprovalBusinessTypeDefinitionContext context) => context.Add(MarketingEventConsts.ApprovalBusinessType);
}
