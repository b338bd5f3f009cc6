namespace MarketingSaaS.TextTemplates;

/// <summary>A rendered document skeleton: Markdown text and the file name to download it as.</summary>
public sealed record DeliverableSkeletonDto(string FileName, string Content);
