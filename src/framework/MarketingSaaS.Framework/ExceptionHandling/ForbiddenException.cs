namespace MarketingSaaS.Framework.ExceptionHandling;

public sealed class ForbiddenException(string code) : BusinessException(code, statusCode: 403);
