namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>Registers business types; add one with <c>services.AddBusinessTypeDefinitions&lt;T&gt;()</c>.</summary>
public abstract class ApprovalBusinessTypeDefinitionProvider
{
    public abstract void Define(ApprovalBusinessTypeDefinitionContext context);
}
