using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>
/// The types an assembly uses from other assemblies, read from its metadata: every type reference (base types,
/// signatures, attributes, method bodies, generic arguments) with the assembly it resolves to. Constants are copied
/// into the using assembly by the compiler and leave no reference.
/// </summary>
internal sealed record AssemblyTypeUses(string Assembly, IReadOnlyList<(string Type, string FromAssembly)> Uses)
{
    public static AssemblyTypeUses Read(string path) => Read(File.ReadAllBytes(path));

    public static AssemblyTypeUses Read(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var uses = new List<(string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            if (AssemblyOf(metadata, reference) is { } assembly)
            {
                uses.Add((FullName(metadata, reference), assembly));
            }
        }

        return new AssemblyTypeUses(metadata.GetString(metadata.GetAssemblyDefinition().Name), uses);
    }

    private static string? AssemblyOf(MetadataReader metadata, TypeReference reference) => reference.ResolutionScope.Kind switch
    {
        HandleKind.AssemblyReference => metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name),
        HandleKind.TypeReference => AssemblyOf(metadata, metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope)),
        _ => null,
    };

    private static string FullName(MetadataReader metadata, TypeReference reference) =>
        reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope)) + "+" + metadata.GetString(reference.Name)
            : $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";
}
