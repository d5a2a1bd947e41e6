import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { fixturePath } from '../../../helpers/fixtures.js';

const PROJECT_XSD = readFileSync(fixturePath('interop/refi-qda/Project.xsd'), 'utf8');

/** Every file of a .qdpx (a zip) as UTF-8 text, by path. */
export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('string'));
  }
  return files;
}

/** libxml2's (WebAssembly build) validation of a project.qde against the REFI-QDA Project.xsd: its error messages, none when valid. */
export async function xsdErrors(qde: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'project.qde', contents: qde }],
    schema: [{ fileName: 'Project.xsd', contents: PROJECT_XSD }],
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
