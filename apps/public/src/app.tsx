import { useEffect, useState } from 'react';

/** Placeholder home page until the public app issue lands: shows the API is reachable. */
export function App() {
  const [api, setApi] = useState<'memeriksa' | 'siap' | 'tidak tersedia'>('memeriksa');
  useEffect(() => {
    fetch('/readyz')
      .then((r) => setApi(r.ok ? 'siap' : 'tidak tersedia'))
      .catch(() => setApi('tidak tersedia'));
  }, []);
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '40rem',
        margin: '0 auto',
        padding: '1rem',
      }}
    >
      <h1>BLK on the Spot</h1>
      <p>
        Pelatihan kerja dari Balai Latihan Kerja Disnaker Kepulauan Bangka Belitung, langsung di
        tempat Anda: desa, sekolah, lembaga pemasyarakatan, komunitas, dan perusahaan.
      </p>
      <p role="status">Layanan: {api}</p>
    </main>
  );
}
