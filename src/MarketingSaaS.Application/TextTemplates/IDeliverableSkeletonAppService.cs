namespace MarketingSaaS.TextTemplates;

public interface IDeliverableSkeletonAppService
{
    /// <summary>Renders the document template a deliverable names, in the request's culture.</summary>
    Task<DeliverableSkeletonDto> RenderAsync(Guid instanceId, Guid stepId, Guid deliverableId, CancellationToken cancellationToken = default);
}
