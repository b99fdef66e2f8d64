import { useState } from "react";

export default function MobileNavDrawer({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="utrecht-drawer">
      <button onClick={() => setOpen(!open)}>Menu</button>
      {open && children}
    </div>
  );
}
