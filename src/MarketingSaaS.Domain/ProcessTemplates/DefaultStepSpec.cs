namespace MarketingSaaS.ProcessTemplates;

/// <summary>A step of a default template in both languages; positions are default org chart position names (zh-Hans).</summary>
public sealed record DefaultStepSpec(
    string Zh,
    string En,
    int Days,
    string[] Positions,
    DefaultDeliverableSpec[] Deliverables,
    bool EndsWithApproval = false,
    int Group = 0);
