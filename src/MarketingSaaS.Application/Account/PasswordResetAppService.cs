using System.Globalization;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

public sealed class PasswordResetAppService(
    UserManager<AppUser> users,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IBackgroundJobManager jobs,
    IUnitOfWork unitOfWork) : IPasswordResetAppService
{
    public async Task RequestAsync(ForgotPasswordDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await FindTenantAsync(input.Tenant, cancellationToken);
        if (tenant is null)
        {
            return;
        }

        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var key = input.UserNameOrEmail.Trim();
            var user = await users.FindByNameAsync(key) ?? await users.FindByEmailAsync(key);
            if (user is not { IsActive: true, Email.Length: > 0 })
            {
                return;
            }

            await jobs.EnqueueAsync(new SendPasswordResetEmailArgs(user.Id, tenant.Name, TemplateCultures.Normalize(CultureInfo.CurrentUICulture.Name)), cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await FindTenantAsync(input.Tenant, cancellationToken) ?? throw InvalidToken();
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var user = await users.FindByIdAsync(input.UserId!.Value.ToString());
            if (user is not { IsActive: true } || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, input.Token))
            {
                throw InvalidToken();
            }

            var result = await users.ResetPasswordAsync(user, input.Token, input.NewPassword);
            if (!result.Succeeded)
            {
                throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? InvalidToken() : IdentityErrorMapper.ToException(result.Errors);
            }

            // Failed sign-ins before the reset no longer count; a lock set by an administrator stays.
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    /// <summary>The named company, else the request's; null when unknown or deactivated (callers answer as for an unknown user).</summary>
    private async Task<TenantCacheItem?> FindTenantAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return currentTenant.Id is { } id
                ? await tenants.FindAsync(id, cancellationToken)
                : throw new FieldValidationException("tenant", MarketingSaaSErrorCodes.TenantRequired);
        }

        var tenant = await tenants.FindAsync(name.Trim(), cancellationToken);
        return tenant is { IsActive: true } ? tenant : null;
    }

    private static FieldValidationException InvalidToken() => new("token", AccountErrorCodes.InvalidPasswordResetToken);
}
