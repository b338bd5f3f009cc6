using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

/// <summary>The signed-in user's own account row (in the current tenant).</summary>
public sealed class CurrentAppUserLoader(ICurrentUser currentUser, UserManager<AppUser> users)
{
    public async Task<AppUser> LoadAsync()
    {
        var id = currentUser.Id ?? throw new InvalidOperationException("No user is signed in.");
        return await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }
}
