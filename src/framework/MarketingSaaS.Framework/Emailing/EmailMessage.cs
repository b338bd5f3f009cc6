namespace MarketingSaaS.Framework.Emailing;

/// <summary>A plain-text e-mail to one recipient.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
